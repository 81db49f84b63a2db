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
ry(pi*-0.138211685822) q[0];
ry(pi*-0.029747650958) q[1];
ry(pi*0.054805248173) q[2];
ry(pi*0.063272045532) q[3];
ry(pi*-0.053212523949) q[4];
ry(pi*0.001445872933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10146798119) q[0];
ry(pi*-0.106486244496) q[1];
ry(pi*-0.009551130207) q[2];
ry(pi*-0.011045701292) q[3];
ry(pi*0.001982928425) q[4];
ry(pi*0.00168760397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.129947934809) q[0];
ry(pi*-0.082881736825) q[1];
ry(pi*-0.017387370668) q[2];
ry(pi*-0.036231604084) q[3];
ry(pi*-0.039481512441) q[4];
ry(pi*0.003175016104) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.078660030102) q[0];
ry(pi*-0.09147707455) q[1];
ry(pi*-0.008955621903) q[2];
ry(pi*-0.039259834857) q[3];
ry(pi*0.000714573116) q[4];
ry(pi*0.002381003945) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.131320281081) q[0];
ry(pi*-0.133452609222) q[1];
ry(pi*0.056760859398) q[2];
ry(pi*0.069070197861) q[3];
ry(pi*0.065934870671) q[4];
ry(pi*0.002337361882) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
