// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.130043652321) q[0];
ry(pi*-0.104856864924) q[1];
ry(pi*0.00030360793) q[2];
ry(pi*-0.001227523658) q[3];
ry(pi*6.2961462e-05) q[4];
ry(pi*0.001719937683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111429574935) q[0];
ry(pi*-0.052853170622) q[1];
ry(pi*-0.000505569365) q[2];
ry(pi*0.001011367143) q[3];
ry(pi*0.004753721542) q[4];
ry(pi*-0.001738185464) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129063662471) q[0];
ry(pi*-0.146084370559) q[1];
ry(pi*0.000581106655) q[2];
ry(pi*0.000424054659) q[3];
ry(pi*-0.002299572467) q[4];
ry(pi*0.000718537753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.076456483009) q[0];
ry(pi*-0.044279385938) q[1];
ry(pi*-0.001641436605) q[2];
ry(pi*0.004080596616) q[3];
ry(pi*-0.00355613058) q[4];
ry(pi*0.00473407704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.131188515349) q[0];
ry(pi*-0.177138850149) q[1];
ry(pi*-0.00600487761) q[2];
ry(pi*0.003391044552) q[3];
ry(pi*0.000106109955) q[4];
ry(pi*0.000759252084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
