// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.970846e-06) q[0];
ry(pi*2.954e-08) q[1];
ry(pi*-4.614538e-06) q[2];
ry(pi*-5.744054e-06) q[3];
ry(pi*-1.3052e-08) q[4];
ry(pi*-3.139718e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-8.105914e-06) q[0];
ry(pi*4.206446e-06) q[1];
ry(pi*3.8132e-08) q[2];
ry(pi*2.170511e-06) q[3];
ry(pi*1.7090203e-05) q[4];
ry(pi*0.000824926176) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.543277e-06) q[0];
ry(pi*5.09046e-07) q[1];
ry(pi*-0.365544059389) q[2];
ry(pi*-9.0517803e-05) q[3];
ry(pi*-0.146199743838) q[4];
ry(pi*0.023888446698) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.499995460454) q[0];
ry(pi*-0.499903973865) q[1];
ry(pi*-0.499874148706) q[2];
ry(pi*-0.322892753389) q[3];
ry(pi*-0.198363738886) q[4];
ry(pi*0.027197846477) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.401254413318) q[0];
ry(pi*0.365544021444) q[1];
ry(pi*0.000113705835) q[2];
ry(pi*0.224170375436) q[3];
ry(pi*0.258311398539) q[4];
ry(pi*4.2699558e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
