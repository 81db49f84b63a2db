// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
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
rx(pi*-0.000209198963) q[0];
rx(pi*0.003196526753) q[1];
rx(pi*0.000599096303) q[2];
rx(pi*0.002256760758) q[3];
rx(pi*-0.001946423228) q[4];
rx(pi*-0.000901127475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002095779069) q[0];
rx(pi*-0.001647343355) q[1];
rx(pi*-0.001189264964) q[2];
rx(pi*-4.5146533e-05) q[3];
rx(pi*0.005178981452) q[4];
rx(pi*0.004812256322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000856996271) q[0];
rx(pi*0.000349146027) q[1];
rx(pi*-0.002087582694) q[2];
rx(pi*0.004370654947) q[3];
rx(pi*0.001478840454) q[4];
rx(pi*0.003187531002) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004304170289) q[0];
rx(pi*0.002762955297) q[1];
rx(pi*0.000695315629) q[2];
rx(pi*0.002628873407) q[3];
rx(pi*0.003531824119) q[4];
rx(pi*0.000269089462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000927681021) q[0];
rx(pi*0.002453525049) q[1];
rx(pi*-0.003598103931) q[2];
rx(pi*0.00481520866) q[3];
rx(pi*0.001368724553) q[4];
rx(pi*-0.00327327211) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
