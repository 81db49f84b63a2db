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
ry(pi*0.03341596532) q[0];
ry(pi*-0.008333865988) q[1];
ry(pi*-0.084943609667) q[2];
ry(pi*0.198483532815) q[3];
ry(pi*-0.453425295473) q[4];
ry(pi*0.228501853735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.367721523696) q[0];
ry(pi*-0.329486883633) q[1];
ry(pi*-0.054316809013) q[2];
ry(pi*0.052687851585) q[3];
ry(pi*0.034257809851) q[4];
ry(pi*-0.062782771571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.218926896129) q[0];
ry(pi*0.250252894711) q[1];
ry(pi*0.176148984984) q[2];
ry(pi*-0.366652940601) q[3];
ry(pi*0.134178098635) q[4];
ry(pi*0.267704540304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09439569976) q[0];
ry(pi*0.03971118941) q[1];
ry(pi*-0.136958602241) q[2];
ry(pi*-0.115572502067) q[3];
ry(pi*0.150184248527) q[4];
ry(pi*0.134103678032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.065767915234) q[0];
ry(pi*0.129461606367) q[1];
ry(pi*0.419456753619) q[2];
ry(pi*0.148033953194) q[3];
ry(pi*0.093815427758) q[4];
ry(pi*0.004941650758) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
