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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.099828403766) q[0];
rx(pi*0.000121824031) q[1];
rx(pi*-0.000301916595) q[2];
rx(pi*-0.000823972129) q[3];
rx(pi*0.003360497539) q[4];
rx(pi*-0.007164740966) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097610850043) q[0];
rx(pi*-0.000589554863) q[1];
rx(pi*-0.004537071439) q[2];
rx(pi*0.00105937027) q[3];
rx(pi*-0.002073078769) q[4];
rx(pi*0.002745233861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09663646664) q[0];
rx(pi*0.001435401607) q[1];
rx(pi*0.003879674329) q[2];
rx(pi*0.001218900618) q[3];
rx(pi*-0.002787507218) q[4];
rx(pi*-0.004820214797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103636300633) q[0];
rx(pi*-0.001048814827) q[1];
rx(pi*-0.002191758939) q[2];
rx(pi*0.000459198413) q[3];
rx(pi*-0.000609281148) q[4];
rx(pi*0.002712452511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097147146603) q[0];
rx(pi*-0.00065079289) q[1];
rx(pi*-0.00227458106) q[2];
rx(pi*0.001494680178) q[3];
rx(pi*-0.00329090135) q[4];
rx(pi*0.00211959046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
