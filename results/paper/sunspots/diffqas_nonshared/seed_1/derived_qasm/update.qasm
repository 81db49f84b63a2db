// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.301539476069) q[0];
ry(pi*-0.270643570704) q[1];
ry(pi*-0.011699034973) q[2];
ry(pi*0.039059776719) q[3];
ry(pi*-0.044397605129) q[4];
ry(pi*-0.075977876476) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.121004722269) q[0];
ry(pi*-0.192204274293) q[1];
ry(pi*-0.02269926096) q[2];
ry(pi*-0.270895035502) q[3];
ry(pi*-0.043176025796) q[4];
ry(pi*0.168011990898) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.136761997143) q[0];
ry(pi*0.106706119669) q[1];
ry(pi*-0.11664376032) q[2];
ry(pi*0.008516482242) q[3];
ry(pi*0.00286183355) q[4];
ry(pi*0.01832516987) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.046707603566) q[0];
ry(pi*-0.0751134022) q[1];
ry(pi*0.170704565305) q[2];
ry(pi*-0.163831516698) q[3];
ry(pi*0.511070194793) q[4];
ry(pi*0.097096498853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019680016155) q[0];
ry(pi*0.023575128371) q[1];
ry(pi*0.043811584385) q[2];
ry(pi*0.071128608177) q[3];
ry(pi*0.027191037632) q[4];
ry(pi*0.002595156166) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
