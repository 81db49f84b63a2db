// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000951071529) q[0];
rz(pi*-0.000921530368) q[1];
rz(pi*-0.002695116755) q[2];
rz(pi*-0.000450261878) q[3];
rz(pi*-0.002898004205) q[4];
rz(pi*-0.003771692714) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00345621683) q[0];
rz(pi*0.001933089833) q[1];
rz(pi*0.003952748756) q[2];
rz(pi*-0.004266325883) q[3];
rz(pi*-0.006160204531) q[4];
rz(pi*-0.005007776713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002099934694) q[0];
rz(pi*0.002593731728) q[1];
rz(pi*-0.005870934754) q[2];
rz(pi*0.003279276985) q[3];
rz(pi*-0.001366477913) q[4];
rz(pi*-0.003786910933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000233742491) q[0];
rz(pi*0.001824777825) q[1];
rz(pi*-0.000669682335) q[2];
rz(pi*-0.00054795867) q[3];
rz(pi*-0.002670925316) q[4];
rz(pi*-0.004514745851) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001192477584) q[0];
rz(pi*-0.005171974579) q[1];
rz(pi*0.001914087588) q[2];
rz(pi*-0.002717866266) q[3];
rz(pi*0.004172992712) q[4];
rz(pi*-0.005060276677) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
