// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.039844738581) q[0];
ry(pi*0.04207648392) q[1];
ry(pi*-0.519150156799) q[2];
ry(pi*-0.035271675543) q[3];
ry(pi*-0.02518960485) q[4];
ry(pi*0.511300941351) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024905034979) q[0];
ry(pi*0.047698327248) q[1];
ry(pi*0.017295599487) q[2];
ry(pi*-0.24988878871) q[3];
ry(pi*0.060270424037) q[4];
ry(pi*-0.04516213097) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.237780191404) q[0];
ry(pi*0.054863826531) q[1];
ry(pi*-0.281433543073) q[2];
ry(pi*-0.029185350892) q[3];
ry(pi*0.022366687666) q[4];
ry(pi*-0.504379075864) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024071426992) q[0];
ry(pi*-4.3649845e-05) q[1];
ry(pi*-0.05383083631) q[2];
ry(pi*-0.149500926046) q[3];
ry(pi*-0.492648719256) q[4];
ry(pi*-0.068856730734) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015888923213) q[0];
ry(pi*-0.04367914512) q[1];
ry(pi*-0.062824155877) q[2];
ry(pi*-0.028692654721) q[3];
ry(pi*-0.022381977329) q[4];
ry(pi*-0.004626365787) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
