// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.193341292089) q[0];
rx(pi*0.095446239772) q[1];
rx(pi*0.002850025387) q[2];
rx(pi*-0.00386346508) q[3];
rx(pi*0.001200204161) q[4];
rx(pi*-0.001069499642) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.262031840526) q[0];
rx(pi*0.090967087092) q[1];
rx(pi*-0.002449480445) q[2];
rx(pi*0.004693869341) q[3];
rx(pi*-0.001118358025) q[4];
rx(pi*0.001633639399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.058382298875) q[0];
rx(pi*0.09828544506) q[1];
rx(pi*0.001355788696) q[2];
rx(pi*-0.000453619795) q[3];
rx(pi*-0.001830211442) q[4];
rx(pi*-0.000575241259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109432247381) q[0];
rx(pi*0.089595708429) q[1];
rx(pi*0.002925536033) q[2];
rx(pi*0.001193020086) q[3];
rx(pi*0.002710244854) q[4];
rx(pi*0.000815480564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005738645492) q[0];
rx(pi*0.090841591852) q[1];
rx(pi*-0.000404206867) q[2];
rx(pi*0.001894016052) q[3];
rx(pi*0.004319331886) q[4];
rx(pi*-0.005922599918) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
