// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.016885415797) q[0];
ry(pi*-0.00839298507) q[1];
ry(pi*-0.009630823455) q[2];
ry(pi*-0.014933363147) q[3];
ry(pi*0.214212490863) q[4];
ry(pi*0.31176318781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019941681176) q[0];
ry(pi*0.500516262379) q[1];
ry(pi*-0.006948145114) q[2];
ry(pi*-0.453465555644) q[3];
ry(pi*0.292515771647) q[4];
ry(pi*0.159080209439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001105246597) q[0];
ry(pi*-0.000269775612) q[1];
ry(pi*-0.019168240515) q[2];
ry(pi*0.014822114069) q[3];
ry(pi*-0.073399347255) q[4];
ry(pi*-0.422240548997) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004924499987) q[0];
ry(pi*0.001432809159) q[1];
ry(pi*-0.045573132861) q[2];
ry(pi*-0.015363303397) q[3];
ry(pi*-0.001272325801) q[4];
ry(pi*0.033365170532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021145492531) q[0];
ry(pi*-0.005046884882) q[1];
ry(pi*0.012614747526) q[2];
ry(pi*-0.013433860334) q[3];
ry(pi*0.015405401552) q[4];
ry(pi*-0.004707764211) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
