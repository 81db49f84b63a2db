// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.110993524275) q[0];
ry(pi*0.027883440945) q[1];
ry(pi*0.0010759589) q[2];
ry(pi*0.004474550307) q[3];
ry(pi*-0.001159961778) q[4];
ry(pi*0.005518646996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116925088223) q[0];
ry(pi*-0.033820848499) q[1];
ry(pi*-0.000759748933) q[2];
ry(pi*-0.004023893892) q[3];
ry(pi*0.002175981469) q[4];
ry(pi*0.004427017348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.110168627151) q[0];
ry(pi*0.008551672539) q[1];
ry(pi*0.002033798512) q[2];
ry(pi*0.000548520219) q[3];
ry(pi*0.00428006482) q[4];
ry(pi*0.000590375731) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.116706209119) q[0];
ry(pi*-0.022279607497) q[1];
ry(pi*0.00012662258) q[2];
ry(pi*0.002052133301) q[3];
ry(pi*-0.001214183445) q[4];
ry(pi*0.005946858947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112468816677) q[0];
ry(pi*-0.002033297068) q[1];
ry(pi*0.000527055964) q[2];
ry(pi*0.004162493964) q[3];
ry(pi*-1.5878913e-05) q[4];
ry(pi*-0.00394547745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
