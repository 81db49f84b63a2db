// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.003354263213) q[0];
rx(pi*0.005655413827) q[1];
rx(pi*-0.008125863012) q[2];
rx(pi*-0.000441483907) q[3];
rx(pi*0.00322777309) q[4];
rx(pi*0.004303910303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002080925335) q[0];
rx(pi*0.00476263903) q[1];
rx(pi*0.000920917682) q[2];
rx(pi*0.001753581849) q[3];
rx(pi*0.000570053621) q[4];
rx(pi*-0.00341816817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002696615603) q[0];
rx(pi*0.001206747684) q[1];
rx(pi*-0.001845598341) q[2];
rx(pi*0.004044946527) q[3];
rx(pi*0.004114735704) q[4];
rx(pi*0.005725590463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-8.3835347e-05) q[0];
rx(pi*0.004404350547) q[1];
rx(pi*-0.002884478711) q[2];
rx(pi*-0.002599757947) q[3];
rx(pi*0.00025984223) q[4];
rx(pi*0.000895580763) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005090671019) q[0];
rx(pi*-0.005509695417) q[1];
rx(pi*0.001130053019) q[2];
rx(pi*-0.002747185979) q[3];
rx(pi*0.003846710958) q[4];
rx(pi*0.001255913781) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
