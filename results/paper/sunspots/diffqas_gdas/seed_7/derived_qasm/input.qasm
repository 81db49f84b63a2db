// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000367759848) q[0];
ry(pi*0.010652242078) q[1];
ry(pi*-0.000342814428) q[2];
ry(pi*-0.499950381206) q[3];
ry(pi*0.002620020841) q[4];
ry(pi*0.143012464521) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.064341989922) q[0];
ry(pi*-0.002019746227) q[1];
ry(pi*0.014831292136) q[2];
ry(pi*0.01333869896) q[3];
ry(pi*0.011673696869) q[4];
ry(pi*-0.504152389474) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.498923538155) q[0];
ry(pi*-0.062876141205) q[1];
ry(pi*0.499991552068) q[2];
ry(pi*-0.054206359162) q[3];
ry(pi*-0.13755332199) q[4];
ry(pi*-0.137494496986) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.8734403e-05) q[0];
ry(pi*-0.502699304674) q[1];
ry(pi*0.495818534158) q[2];
ry(pi*-0.376971231489) q[3];
ry(pi*-0.011055539847) q[4];
ry(pi*0.491023475743) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.206775439386) q[0];
ry(pi*-0.491709378517) q[1];
ry(pi*0.001759972255) q[2];
ry(pi*0.388646225619) q[3];
ry(pi*-0.467005608818) q[4];
ry(pi*0.004130481899) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
