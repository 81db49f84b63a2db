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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.268435294655) q[0];
rx(pi*0.074035830765) q[1];
rx(pi*0.082004617213) q[2];
rx(pi*-0.119852241683) q[3];
rx(pi*0.072986021203) q[4];
rx(pi*0.00375404124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.272993687016) q[0];
rx(pi*0.071760818075) q[1];
rx(pi*0.164547699978) q[2];
rx(pi*-0.107050048153) q[3];
rx(pi*0.07359584326) q[4];
rx(pi*2.1513574e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095072505102) q[0];
rx(pi*0.095148747088) q[1];
rx(pi*0.107495385973) q[2];
rx(pi*-0.118356012854) q[3];
rx(pi*0.076077962463) q[4];
rx(pi*-0.000330438897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.270489037674) q[0];
rx(pi*0.202381521774) q[1];
rx(pi*0.139492336805) q[2];
rx(pi*-0.103057878474) q[3];
rx(pi*0.076214386006) q[4];
rx(pi*-0.003147558091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.187359203714) q[0];
rx(pi*0.06322469904) q[1];
rx(pi*0.087425083797) q[2];
rx(pi*-0.117059462709) q[3];
rx(pi*0.073048787796) q[4];
rx(pi*-0.001101816605) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
