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
rx(pi*0.122137622979) q[0];
rx(pi*-0.003165484077) q[1];
rx(pi*0.003489490879) q[2];
rx(pi*-0.000514115105) q[3];
rx(pi*0.001695515161) q[4];
rx(pi*-0.000224319187) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.051851347882) q[0];
rx(pi*-0.010231514283) q[1];
rx(pi*-0.00384313252) q[2];
rx(pi*-0.000518552023) q[3];
rx(pi*0.002190091857) q[4];
rx(pi*0.004111874377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.123813210678) q[0];
rx(pi*-0.008284831514) q[1];
rx(pi*0.000889734785) q[2];
rx(pi*0.000152991494) q[3];
rx(pi*0.003983497354) q[4];
rx(pi*0.00112475273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.057951816716) q[0];
rx(pi*-0.011164420889) q[1];
rx(pi*-0.006150829622) q[2];
rx(pi*0.000777929198) q[3];
rx(pi*0.002706543686) q[4];
rx(pi*0.002546836432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.123101855963) q[0];
rx(pi*-0.010097095923) q[1];
rx(pi*0.002797531944) q[2];
rx(pi*-0.001084574232) q[3];
rx(pi*0.00518733954) q[4];
rx(pi*-0.000412333503) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
