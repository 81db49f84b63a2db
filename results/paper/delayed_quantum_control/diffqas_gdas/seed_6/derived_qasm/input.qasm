// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.316916735344) q[0];
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
rx(pi*-0.001485998219) q[0];
rx(pi*3.3414969e-05) q[1];
rx(pi*-0.001486864444) q[2];
rx(pi*0.001150808168) q[3];
rx(pi*0.000923647608) q[4];
rx(pi*0.00292103712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004000651386) q[0];
rx(pi*0.001040946991) q[1];
rx(pi*-0.000951595132) q[2];
rx(pi*0.006637599773) q[3];
rx(pi*0.004602903613) q[4];
rx(pi*-0.001344845868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002969405769) q[0];
rx(pi*-0.005657743917) q[1];
rx(pi*-0.003414905747) q[2];
rx(pi*-0.000912250397) q[3];
rx(pi*0.000796909431) q[4];
rx(pi*-0.003564156645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*6.4735863e-05) q[0];
rx(pi*0.003928790326) q[1];
rx(pi*-0.005184198365) q[2];
rx(pi*-0.004374902768) q[3];
rx(pi*-0.006155531306) q[4];
rx(pi*0.003580401764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003489834167) q[0];
rx(pi*-0.001305895558) q[1];
rx(pi*-0.00290699284) q[2];
rx(pi*-0.00038786896) q[3];
rx(pi*-0.001158185528) q[4];
rx(pi*0.000488171577) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
