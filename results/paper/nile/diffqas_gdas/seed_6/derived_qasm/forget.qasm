// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.004003919739) q[0];
rz(pi*-0.002854801776) q[1];
rz(pi*-0.004159705266) q[2];
rz(pi*-0.006092543562) q[3];
rz(pi*-0.001398850905) q[4];
rz(pi*3.3822828e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001681462729) q[0];
rz(pi*-0.001542776686) q[1];
rz(pi*0.002072287102) q[2];
rz(pi*-0.00435203616) q[3];
rz(pi*0.001965473645) q[4];
rz(pi*-0.001027468484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004667373603) q[0];
rz(pi*0.003681197154) q[1];
rz(pi*0.00050753612) q[2];
rz(pi*0.000290013178) q[3];
rz(pi*-4.249857e-06) q[4];
rz(pi*0.000522730215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001396944885) q[0];
rz(pi*-0.002324886707) q[1];
rz(pi*0.000505764836) q[2];
rz(pi*-0.000229401271) q[3];
rz(pi*-0.001276773576) q[4];
rz(pi*0.000992750579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000169159666) q[0];
rz(pi*-0.000492501699) q[1];
rz(pi*0.004789819269) q[2];
rz(pi*-0.003442259409) q[3];
rz(pi*0.000748411086) q[4];
rz(pi*0.001319439728) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
