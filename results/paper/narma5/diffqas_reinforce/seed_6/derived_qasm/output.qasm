// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000541583827) q[0];
rz(pi*0.000734573431) q[1];
rz(pi*-0.002046827305) q[2];
rz(pi*-0.00305866306) q[3];
rz(pi*0.000563391963) q[4];
rz(pi*0.000659445797) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002023889698) q[0];
rz(pi*-0.001370809776) q[1];
rz(pi*-0.000546171601) q[2];
rz(pi*0.001227513875) q[3];
rz(pi*0.004523342878) q[4];
rz(pi*0.001157247415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*3.2006423e-05) q[0];
rz(pi*0.00655656361) q[1];
rz(pi*-0.005369698476) q[2];
rz(pi*0.001508941459) q[3];
rz(pi*-0.000924521911) q[4];
rz(pi*0.001100550545) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005988880026) q[0];
rz(pi*-0.003374328376) q[1];
rz(pi*-0.002925390773) q[2];
rz(pi*0.000638104865) q[3];
rz(pi*0.004568130717) q[4];
rz(pi*-0.000440967196) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000681652583) q[0];
rz(pi*0.000655043675) q[1];
rz(pi*-0.00293219606) q[2];
rz(pi*0.000906497133) q[3];
rz(pi*-0.00113956348) q[4];
rz(pi*-0.000120979068) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
