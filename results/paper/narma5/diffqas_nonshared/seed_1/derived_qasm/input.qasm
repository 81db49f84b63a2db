// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.028680237058) q[0];
rx(pi*-0.003776522464) q[1];
rx(pi*-0.001201952026) q[2];
rx(pi*0.006502344833) q[3];
rx(pi*0.002058518964) q[4];
rx(pi*0.002110596933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.020314505155) q[0];
rx(pi*-0.0054828389) q[1];
rx(pi*0.000533053391) q[2];
rx(pi*0.000346999957) q[3];
rx(pi*-0.003906784014) q[4];
rx(pi*-0.002174780405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021709561806) q[0];
rx(pi*-0.003244090246) q[1];
rx(pi*-0.000312805766) q[2];
rx(pi*0.000303929318) q[3];
rx(pi*0.000113272983) q[4];
rx(pi*-0.001611577502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.023840687549) q[0];
rx(pi*0.002599824352) q[1];
rx(pi*0.001021291447) q[2];
rx(pi*-0.002604507952) q[3];
rx(pi*0.002328921232) q[4];
rx(pi*-0.001596133241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024737408381) q[0];
rx(pi*-0.003648453749) q[1];
rx(pi*0.002910839565) q[2];
rx(pi*-6.3864038e-05) q[3];
rx(pi*-0.003974891138) q[4];
rx(pi*-0.000999173077) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
