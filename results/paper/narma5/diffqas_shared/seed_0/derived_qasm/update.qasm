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
rz(pi*-0.001389237058) q[0];
rz(pi*-0.003723587905) q[1];
rz(pi*0.005536583358) q[2];
rz(pi*-0.001578512153) q[3];
rz(pi*0.001047095495) q[4];
rz(pi*-0.000823060918) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040342248) q[0];
rz(pi*0.004202815203) q[1];
rz(pi*0.00201600489) q[2];
rz(pi*-0.007013968098) q[3];
rz(pi*0.000165586527) q[4];
rz(pi*0.002176246198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003195682169) q[0];
rz(pi*-0.001966887411) q[1];
rz(pi*0.005799613231) q[2];
rz(pi*-0.00420306007) q[3];
rz(pi*-0.002105686697) q[4];
rz(pi*0.002976373807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156139785) q[0];
rz(pi*0.006373813361) q[1];
rz(pi*0.000600077142) q[2];
rz(pi*-0.002015499741) q[3];
rz(pi*-0.001201814177) q[4];
rz(pi*-0.003473231531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066990785) q[0];
rz(pi*0.002006646731) q[1];
rz(pi*0.001849911973) q[2];
rz(pi*0.004120709748) q[3];
rz(pi*-0.00240198395) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
