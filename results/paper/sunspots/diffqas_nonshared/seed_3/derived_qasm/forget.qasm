// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.00294859889) q[0];
rz(pi*-0.002015562737) q[1];
rz(pi*0.002476396697) q[2];
rz(pi*0.001135637752) q[3];
rz(pi*-0.002182536256) q[4];
rz(pi*0.003509639048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002467899277) q[0];
rz(pi*-0.009735087597) q[1];
rz(pi*0.00252757346) q[2];
rz(pi*-0.001964807672) q[3];
rz(pi*0.004730211936) q[4];
rz(pi*-0.002067949754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003760304026) q[0];
rz(pi*0.00492888536) q[1];
rz(pi*-0.003423446448) q[2];
rz(pi*0.000647392247) q[3];
rz(pi*0.004614613356) q[4];
rz(pi*0.000364431836) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000256510233) q[0];
rz(pi*0.000326036108) q[1];
rz(pi*0.002670758712) q[2];
rz(pi*-0.002568182848) q[3];
rz(pi*0.00194369797) q[4];
rz(pi*0.001836838119) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007425297268) q[0];
rz(pi*-0.001071188143) q[1];
rz(pi*-0.002911981191) q[2];
rz(pi*0.002341774824) q[3];
rz(pi*-0.001264201611) q[4];
rz(pi*0.000920292618) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
