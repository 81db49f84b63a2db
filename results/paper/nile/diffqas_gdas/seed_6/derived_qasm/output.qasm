// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
rz(pi*0.002120390132) q[0];
rz(pi*0.003296812843) q[1];
rz(pi*-0.003520923386) q[2];
rz(pi*0.004532109769) q[3];
rz(pi*-0.002866923583) q[4];
rz(pi*-0.004814537499) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003038431886) q[0];
rz(pi*0.000492943742) q[1];
rz(pi*-0.001024216511) q[2];
rz(pi*0.001402066489) q[3];
rz(pi*0.001577626363) q[4];
rz(pi*0.001012724065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000810149296) q[0];
rz(pi*0.005774448846) q[1];
rz(pi*-0.007053788931) q[2];
rz(pi*-0.005520560279) q[3];
rz(pi*-0.001613458324) q[4];
rz(pi*-0.003995483091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.008135760857) q[0];
rz(pi*-0.002530839144) q[1];
rz(pi*-0.002384855857) q[2];
rz(pi*-0.007793912261) q[3];
rz(pi*0.002733252275) q[4];
rz(pi*0.004135105024) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003928840722) q[0];
rz(pi*-0.001618212924) q[1];
rz(pi*0.000469693974) q[2];
rz(pi*-0.003567788148) q[3];
rz(pi*0.000657053304) q[4];
rz(pi*-0.002146012828) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
