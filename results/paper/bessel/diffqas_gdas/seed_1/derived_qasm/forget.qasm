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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.048633546157) q[0];
rx(pi*-0.070977381148) q[1];
rx(pi*-0.047626781016) q[2];
rx(pi*0.03738261191) q[3];
rx(pi*0.024615392269) q[4];
rx(pi*0.036710466749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.074511994557) q[0];
rx(pi*0.04992422898) q[1];
rx(pi*-0.06750245126) q[2];
rx(pi*0.029118417409) q[3];
rx(pi*0.036459706315) q[4];
rx(pi*-0.021009481646) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.08375089737) q[0];
rx(pi*0.046140726324) q[1];
rx(pi*-0.07214337033) q[2];
rx(pi*0.18725242509) q[3];
rx(pi*-0.049610486138) q[4];
rx(pi*0.218302408138) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.041300090625) q[0];
rx(pi*0.025031488342) q[1];
rx(pi*-0.073457992018) q[2];
rx(pi*-0.047046086871) q[3];
rx(pi*-0.042777285044) q[4];
rx(pi*0.031759829431) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.037386579586) q[0];
rx(pi*0.001917808322) q[1];
rx(pi*-0.022130180508) q[2];
rx(pi*-0.007484514771) q[3];
rx(pi*-0.029930790149) q[4];
rx(pi*-0.002117035513) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
