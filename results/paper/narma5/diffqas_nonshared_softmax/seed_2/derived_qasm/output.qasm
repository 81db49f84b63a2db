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
ry(pi*0.080784574673) q[0];
ry(pi*0.037002395675) q[1];
ry(pi*0.051919431587) q[2];
ry(pi*0.045929441062) q[3];
ry(pi*-0.051163158891) q[4];
ry(pi*-0.000848811976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.064630555928) q[0];
ry(pi*-0.015181501785) q[1];
ry(pi*-0.028732604213) q[2];
ry(pi*-0.003795600451) q[3];
ry(pi*-0.001780231444) q[4];
ry(pi*0.002676040251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072939884224) q[0];
ry(pi*0.04237709762) q[1];
ry(pi*0.0053387142) q[2];
ry(pi*-0.033893547325) q[3];
ry(pi*0.001492423607) q[4];
ry(pi*-0.003472674503) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069803366494) q[0];
ry(pi*-0.016852704408) q[1];
ry(pi*-0.028384930983) q[2];
ry(pi*-0.020342357148) q[3];
ry(pi*-0.0059032323) q[4];
ry(pi*-0.001042685443) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078146670238) q[0];
ry(pi*0.048510915802) q[1];
ry(pi*0.05353245665) q[2];
ry(pi*0.043890221681) q[3];
ry(pi*0.017553560079) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
