// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.049914495961) q[0];
ry(pi*0.196925699475) q[1];
ry(pi*0.277919334854) q[2];
ry(pi*-2.50296e-06) q[3];
ry(pi*-1.12898e-07) q[4];
ry(pi*-7.4729e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.131797180067) q[0];
ry(pi*0.535949310627) q[1];
ry(pi*-0.265904424976) q[2];
ry(pi*-7.778542e-06) q[3];
ry(pi*9.25e-08) q[4];
ry(pi*1.3851e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.345445392955) q[0];
ry(pi*0.145925796334) q[1];
ry(pi*-0.029079952535) q[2];
ry(pi*-1.2224799e-05) q[3];
ry(pi*-0.012130226238) q[4];
ry(pi*0.039577379364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.326702519072) q[0];
ry(pi*0.129587945894) q[1];
ry(pi*-0.015482104814) q[2];
ry(pi*0.017816946878) q[3];
ry(pi*-0.061707695052) q[4];
ry(pi*0.097004243867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.323178634752) q[0];
ry(pi*-0.119333858784) q[1];
ry(pi*0.005264581746) q[2];
ry(pi*0.008488434592) q[3];
ry(pi*0.008873398164) q[4];
ry(pi*-0.001741751451) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
