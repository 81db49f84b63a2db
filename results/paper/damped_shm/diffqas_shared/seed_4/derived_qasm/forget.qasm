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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.005579141602) q[0];
ry(pi*-0.021449877065) q[1];
ry(pi*-0.023994888556) q[2];
ry(pi*0.005327171062) q[3];
ry(pi*-0.509313166575) q[4];
ry(pi*0.008552637184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.502080375698) q[0];
ry(pi*-0.051184740392) q[1];
ry(pi*-0.033023381225) q[2];
ry(pi*0.008129215852) q[3];
ry(pi*0.008721469737) q[4];
ry(pi*-0.057055102999) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.034676988996) q[0];
ry(pi*0.251740813476) q[1];
ry(pi*-0.087247811929) q[2];
ry(pi*-0.465528314791) q[3];
ry(pi*-0.077548108507) q[4];
ry(pi*-0.071746901565) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.085224349415) q[0];
ry(pi*-0.012863775512) q[1];
ry(pi*-0.144718456048) q[2];
ry(pi*-0.140968890894) q[3];
ry(pi*-0.007872479595) q[4];
ry(pi*-0.169885986106) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004536991695) q[0];
ry(pi*0.077800996261) q[1];
ry(pi*0.442859182554) q[2];
ry(pi*0.048609531402) q[3];
ry(pi*-0.084167216373) q[4];
ry(pi*-0.00074039636) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
