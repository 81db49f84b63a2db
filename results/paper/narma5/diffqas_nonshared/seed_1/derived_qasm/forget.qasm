// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.03821607523) q[0];
rx(pi*0.002583122108) q[1];
rx(pi*0.001051823934) q[2];
rx(pi*-0.004148072008) q[3];
rx(pi*0.002881843574) q[4];
rx(pi*0.001420867889) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041141008879) q[0];
rx(pi*0.001817579298) q[1];
rx(pi*0.001160480564) q[2];
rx(pi*0.000936260038) q[3];
rx(pi*9.0476087e-05) q[4];
rx(pi*0.001740245637) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041660221835) q[0];
rx(pi*-0.00055073525) q[1];
rx(pi*-0.001534628188) q[2];
rx(pi*0.001906195815) q[3];
rx(pi*0.000126447101) q[4];
rx(pi*-0.000930916987) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041920793552) q[0];
rx(pi*-0.000850847322) q[1];
rx(pi*2.5917199e-05) q[2];
rx(pi*-0.000877268133) q[3];
rx(pi*0.004119135306) q[4];
rx(pi*0.003204505386) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.047946016469) q[0];
rx(pi*-0.006045093906) q[1];
rx(pi*-0.00055631661) q[2];
rx(pi*-0.00134387218) q[3];
rx(pi*0.000680047385) q[4];
rx(pi*0.000691757053) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
