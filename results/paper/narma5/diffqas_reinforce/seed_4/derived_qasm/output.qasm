// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.020280508362) q[0];
ry(pi*-0.009863091982) q[1];
ry(pi*-0.000161543479) q[2];
ry(pi*0.002512036855) q[3];
ry(pi*0.01273781544) q[4];
ry(pi*-0.002679897351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061099096738) q[0];
ry(pi*0.000398166715) q[1];
ry(pi*-0.009977220174) q[2];
ry(pi*0.012413185798) q[3];
ry(pi*-0.090054668682) q[4];
ry(pi*-0.001564515453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024602775392) q[0];
ry(pi*-0.026639706186) q[1];
ry(pi*0.040609705538) q[2];
ry(pi*-0.021983141713) q[3];
ry(pi*0.015630651942) q[4];
ry(pi*0.006405908135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005641155214) q[0];
ry(pi*0.003986673807) q[1];
ry(pi*0.07751647145) q[2];
ry(pi*-0.067658075223) q[3];
ry(pi*-0.094401268261) q[4];
ry(pi*-0.002516652865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019723690234) q[0];
ry(pi*-0.005776765893) q[1];
ry(pi*-0.005797284919) q[2];
ry(pi*0.006916155283) q[3];
ry(pi*0.016510409952) q[4];
ry(pi*0.003551406959) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
