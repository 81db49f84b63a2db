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
rx(pi*-0.136495314956) q[0];
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
rx(pi*-0.005532997508) q[0];
rx(pi*-0.004254933934) q[1];
rx(pi*-0.004332444427) q[2];
rx(pi*-0.001119256785) q[3];
rx(pi*-0.00736109764) q[4];
rx(pi*-0.000601336569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003047154607) q[0];
rx(pi*0.002844143835) q[1];
rx(pi*0.003045723054) q[2];
rx(pi*0.004431733262) q[3];
rx(pi*0.002442988801) q[4];
rx(pi*-0.00016888823) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002736873402) q[0];
rx(pi*0.004791890263) q[1];
rx(pi*-0.002080356449) q[2];
rx(pi*0.001942678333) q[3];
rx(pi*-0.000135807919) q[4];
rx(pi*0.004583625819) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002664066075) q[0];
rx(pi*-0.000960056237) q[1];
rx(pi*0.00115342952) q[2];
rx(pi*0.00082158675) q[3];
rx(pi*-0.005218507021) q[4];
rx(pi*0.001146336306) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000377222803) q[0];
rx(pi*-0.000763355682) q[1];
rx(pi*-0.000494280469) q[2];
rx(pi*0.000696935353) q[3];
rx(pi*-0.005781728452) q[4];
rx(pi*0.004941659355) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
