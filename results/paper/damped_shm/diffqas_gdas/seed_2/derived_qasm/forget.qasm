// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.136495314956) q[0];
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
rz(pi*0.000755241497) q[0];
rz(pi*0.000585813749) q[1];
rz(pi*-0.002252311649) q[2];
rz(pi*-0.001401541181) q[3];
rz(pi*-0.004457296371) q[4];
rz(pi*-0.002712042522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*4.7702708e-05) q[0];
rz(pi*0.001039886148) q[1];
rz(pi*-0.002859472333) q[2];
rz(pi*0.009728772636) q[3];
rz(pi*-0.001815572634) q[4];
rz(pi*0.000405508057) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00073387433) q[0];
rz(pi*-0.001272711185) q[1];
rz(pi*0.00414139449) q[2];
rz(pi*-0.001524226527) q[3];
rz(pi*0.00424733357) q[4];
rz(pi*0.003634747718) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003328399207) q[0];
rz(pi*0.003296119152) q[1];
rz(pi*-0.002070282364) q[2];
rz(pi*0.008710349928) q[3];
rz(pi*-0.001228054524) q[4];
rz(pi*-0.00299503054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006083099877) q[0];
rz(pi*-0.00411599591) q[1];
rz(pi*-0.001848250523) q[2];
rz(pi*-0.003176825037) q[3];
rz(pi*-0.003911107429) q[4];
rz(pi*-0.002213290043) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
