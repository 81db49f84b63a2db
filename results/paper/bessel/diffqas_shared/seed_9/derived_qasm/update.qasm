// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.012902412326) q[0];
ry(pi*0.047051181054) q[1];
ry(pi*-0.206734515169) q[2];
ry(pi*0.135547826668) q[3];
ry(pi*-0.004742817251) q[4];
ry(pi*-0.138973849556) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022834783297) q[0];
ry(pi*-0.325936589248) q[1];
ry(pi*0.140553160047) q[2];
ry(pi*0.298895813405) q[3];
ry(pi*0.056123133173) q[4];
ry(pi*-0.012330593869) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063201343587) q[0];
ry(pi*-0.086472101654) q[1];
ry(pi*0.090109148927) q[2];
ry(pi*0.113056374214) q[3];
ry(pi*0.015207996042) q[4];
ry(pi*0.03752101099) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047526334547) q[0];
ry(pi*-0.134126559166) q[1];
ry(pi*0.124367082102) q[2];
ry(pi*0.324483883902) q[3];
ry(pi*-0.525117010058) q[4];
ry(pi*0.221945289532) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.099151256915) q[0];
ry(pi*-0.074265842129) q[1];
ry(pi*-0.013363549702) q[2];
ry(pi*-0.026498190832) q[3];
ry(pi*0.074028198977) q[4];
ry(pi*0.00077398798) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
