// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001259510006) q[0];
rx(pi*-6.0149363e-05) q[1];
rx(pi*0.000738067677) q[2];
rx(pi*-0.000330447791) q[3];
rx(pi*0.201655301911) q[4];
rx(pi*0.000234869906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000360629393) q[0];
rx(pi*1.7789551e-05) q[1];
rx(pi*-0.000234262982) q[2];
rx(pi*-0.001060752761) q[3];
rx(pi*0.193175261574) q[4];
rx(pi*-0.004884918092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001325075375) q[0];
rx(pi*0.000133123952) q[1];
rx(pi*-3.1204364e-05) q[2];
rx(pi*-0.001491003467) q[3];
rx(pi*0.202110685801) q[4];
rx(pi*0.006493923898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001333217945) q[0];
rx(pi*-2.4461384e-05) q[1];
rx(pi*0.000162523206) q[2];
rx(pi*0.000987492831) q[3];
rx(pi*0.192130318522) q[4];
rx(pi*-0.00427271881) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000523016696) q[0];
rx(pi*-7.3310465e-05) q[1];
rx(pi*-0.000229043086) q[2];
rx(pi*0.001876105333) q[3];
rx(pi*0.211050720406) q[4];
rx(pi*-0.000269592073) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
