// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001389266999) q[0];
rz(pi*-0.003723584348) q[1];
rz(pi*0.005536599366) q[2];
rz(pi*-0.00157849318) q[3];
rz(pi*0.001047109503) q[4];
rz(pi*-0.000823089007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040319718) q[0];
rz(pi*0.004202815203) q[1];
rz(pi*0.00201600163) q[2];
rz(pi*-0.007013913551) q[3];
rz(pi*0.000165579542) q[4];
rz(pi*0.00217623597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003195672386) q[0];
rz(pi*-0.001966891561) q[1];
rz(pi*0.005799601373) q[2];
rz(pi*-0.004203076078) q[3];
rz(pi*-0.002105700334) q[4];
rz(pi*0.002976377068) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156125555) q[0];
rz(pi*0.006373852492) q[1];
rz(pi*0.00060007503) q[2];
rz(pi*-0.002015506115) q[3];
rz(pi*-0.001201836262) q[4];
rz(pi*-0.003473239238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066962918) q[0];
rz(pi*0.002006620199) q[1];
rz(pi*0.001849922349) q[2];
rz(pi*0.004120713009) q[3];
rz(pi*-0.002401985136) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
