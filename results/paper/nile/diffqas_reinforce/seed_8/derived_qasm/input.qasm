// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000180135549) q[0];
rz(pi*0.001390041324) q[1];
rz(pi*-0.006732489599) q[2];
rz(pi*-0.002579489123) q[3];
rz(pi*-0.008440311996) q[4];
rz(pi*0.001526876486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003214534558) q[0];
rz(pi*-0.005256798176) q[1];
rz(pi*0.00020018387) q[2];
rz(pi*-0.001203233427) q[3];
rz(pi*-0.00653209173) q[4];
rz(pi*-0.001573347267) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000168665893) q[0];
rz(pi*0.002764448215) q[1];
rz(pi*-0.000754896801) q[2];
rz(pi*0.001692429422) q[3];
rz(pi*0.005823224223) q[4];
rz(pi*0.003325724643) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002799949191) q[0];
rz(pi*0.001432868004) q[1];
rz(pi*0.005199496921) q[2];
rz(pi*0.008590381094) q[3];
rz(pi*0.002366349276) q[4];
rz(pi*0.003683499675) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002837412363) q[0];
rz(pi*0.006569249263) q[1];
rz(pi*0.003012679938) q[2];
rz(pi*0.003493767455) q[3];
rz(pi*-0.002907849875) q[4];
rz(pi*-0.001046149897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
