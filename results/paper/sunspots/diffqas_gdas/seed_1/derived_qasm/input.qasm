// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
rz(pi*-0.004342836749) q[0];
rz(pi*0.00070532909) q[1];
rz(pi*-0.003332164408) q[2];
rz(pi*0.001074262395) q[3];
rz(pi*-0.001303879555) q[4];
rz(pi*-0.002386774624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004237023364) q[0];
rz(pi*-0.000293431015) q[1];
rz(pi*-0.002313946102) q[2];
rz(pi*-0.001945930233) q[3];
rz(pi*-0.002023258409) q[4];
rz(pi*0.000598291702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000476382386) q[0];
rz(pi*-0.005451277734) q[1];
rz(pi*-0.000509508989) q[2];
rz(pi*0.001269716307) q[3];
rz(pi*0.003309209459) q[4];
rz(pi*0.002494044761) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000667786913) q[0];
rz(pi*-0.003635706731) q[1];
rz(pi*-0.002450134264) q[2];
rz(pi*0.002911665176) q[3];
rz(pi*-0.002234523957) q[4];
rz(pi*0.003267368918) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004055462469) q[0];
rz(pi*-0.003380461613) q[1];
rz(pi*0.001402992596) q[2];
rz(pi*-0.000356764474) q[3];
rz(pi*0.006454569676) q[4];
rz(pi*0.002667650739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
