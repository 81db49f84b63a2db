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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.11565254809) q[0];
ry(pi*-0.100759652628) q[1];
ry(pi*-0.002961566467) q[2];
ry(pi*0.003634501368) q[3];
ry(pi*-0.001430068338) q[4];
ry(pi*-0.002908108082) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.120411985172) q[0];
ry(pi*-0.045853981701) q[1];
ry(pi*-0.003335403412) q[2];
ry(pi*0.000682054938) q[3];
ry(pi*0.001413782012) q[4];
ry(pi*0.000814030483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113184734338) q[0];
ry(pi*-0.11003614994) q[1];
ry(pi*-0.004489367133) q[2];
ry(pi*-0.004379082998) q[3];
ry(pi*-0.001487225815) q[4];
ry(pi*-0.003684400584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121634370847) q[0];
ry(pi*-0.080656612976) q[1];
ry(pi*-0.000576742997) q[2];
ry(pi*-0.007133538504) q[3];
ry(pi*0.002733300596) q[4];
ry(pi*0.004135203445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.099999993296) q[0];
ry(pi*-0.118033409739) q[1];
ry(pi*0.002216122763) q[2];
ry(pi*-0.00356613989) q[3];
ry(pi*0.000657790499) q[4];
ry(pi*-0.00214597088) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
