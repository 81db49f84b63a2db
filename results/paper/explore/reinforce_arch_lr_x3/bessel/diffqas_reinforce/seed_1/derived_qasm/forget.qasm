// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00109979371) q[0];
rx(pi*0.002615228444) q[1];
rx(pi*0.001051727217) q[2];
rx(pi*-0.004148029615) q[3];
rx(pi*0.002881643174) q[4];
rx(pi*0.001420795704) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001709390762) q[0];
rx(pi*0.001849765527) q[1];
rx(pi*0.001160482046) q[2];
rx(pi*0.000936137975) q[3];
rx(pi*9.0275752e-05) q[4];
rx(pi*0.001740179381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002344346076) q[0];
rx(pi*-0.000518646961) q[1];
rx(pi*-0.001534844892) q[2];
rx(pi*0.001906215973) q[3];
rx(pi*0.000126229655) q[4];
rx(pi*-0.0009309639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002488960954) q[0];
rx(pi*-0.000818743951) q[1];
rx(pi*2.5771782e-05) q[2];
rx(pi*-0.00087739657) q[3];
rx(pi*0.004118926903) q[4];
rx(pi*0.00320446418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.008629909628) q[0];
rx(pi*-0.006012920276) q[1];
rx(pi*-0.00055635652) q[2];
rx(pi*-0.001343841498) q[3];
rx(pi*0.000679964527) q[4];
rx(pi*0.000691757498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
