// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.089092911643) q[0];
ry(pi*0.006550847477) q[1];
ry(pi*0.007795687991) q[2];
ry(pi*-0.01296271009) q[3];
ry(pi*-0.103293719214) q[4];
ry(pi*0.001828966356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.032750840076) q[0];
ry(pi*-0.083827433434) q[1];
ry(pi*0.068235980375) q[2];
ry(pi*0.001191688733) q[3];
ry(pi*0.01732575074) q[4];
ry(pi*-0.009833579873) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.197332133676) q[0];
ry(pi*-0.033430415439) q[1];
ry(pi*-0.129895124166) q[2];
ry(pi*0.00427349521) q[3];
ry(pi*0.169063346739) q[4];
ry(pi*0.014067418483) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.190499876476) q[0];
ry(pi*0.10199075628) q[1];
ry(pi*-0.098210132738) q[2];
ry(pi*-0.032009143194) q[3];
ry(pi*-0.027978629592) q[4];
ry(pi*0.010669663804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.219367215657) q[0];
ry(pi*-0.257677405202) q[1];
ry(pi*0.009112407354) q[2];
ry(pi*-0.517081064827) q[3];
ry(pi*-0.128865074721) q[4];
ry(pi*-0.002150706656) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
