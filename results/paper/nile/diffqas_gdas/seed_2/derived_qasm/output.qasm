// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*-0.063383369021) q[0];
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
rz(pi*-0.005985065318) q[0];
rz(pi*0.002050074313) q[1];
rz(pi*0.00048807638) q[2];
rz(pi*0.000413443705) q[3];
rz(pi*-0.002212216304) q[4];
rz(pi*-0.002733613646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004643112201) q[0];
rz(pi*0.001912096636) q[1];
rz(pi*-0.003530756605) q[2];
rz(pi*0.000300837038) q[3];
rz(pi*-0.003974099619) q[4];
rz(pi*0.009443812045) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001484511527) q[0];
rz(pi*-0.005473510237) q[1];
rz(pi*0.003227349464) q[2];
rz(pi*0.002267258913) q[3];
rz(pi*0.00126315307) q[4];
rz(pi*0.000836165973) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001499077557) q[0];
rz(pi*-0.000349906604) q[1];
rz(pi*-0.006196445443) q[2];
rz(pi*0.004417576035) q[3];
rz(pi*0.006654214564) q[4];
rz(pi*0.00184672633) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00221116302) q[0];
rz(pi*-0.004110521679) q[1];
rz(pi*-0.001122421306) q[2];
rz(pi*-0.004286135803) q[3];
rz(pi*-0.003942606933) q[4];
rz(pi*0.001952934734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
