// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.024702607619) q[0];
ry(pi*-0.007583611211) q[1];
ry(pi*0.136804391748) q[2];
ry(pi*0.065232485321) q[3];
ry(pi*-0.010811719881) q[4];
ry(pi*-0.006230992445) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.052716220585) q[0];
ry(pi*0.217367469078) q[1];
ry(pi*0.329807978415) q[2];
ry(pi*0.048373230572) q[3];
ry(pi*-0.003113067711) q[4];
ry(pi*0.000809356962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087074410502) q[0];
ry(pi*0.225145992068) q[1];
ry(pi*-0.137356935079) q[2];
ry(pi*0.006496050031) q[3];
ry(pi*-0.034085243225) q[4];
ry(pi*-0.02256291568) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028175374614) q[0];
ry(pi*0.239129267601) q[1];
ry(pi*0.184187017218) q[2];
ry(pi*-0.443884280112) q[3];
ry(pi*0.475238756789) q[4];
ry(pi*0.104788050768) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.212765287615) q[0];
ry(pi*0.014690733721) q[1];
ry(pi*-0.024938889475) q[2];
ry(pi*-0.024192228848) q[3];
ry(pi*0.062120722283) q[4];
ry(pi*0.002024232541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
