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
ry(pi*0.096995298217) q[0];
ry(pi*0.008270902553) q[1];
ry(pi*0.029865381601) q[2];
ry(pi*0.0400605441) q[3];
ry(pi*-0.030234221302) q[4];
ry(pi*0.00097021681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.080689189183) q[0];
ry(pi*-0.030648626429) q[1];
ry(pi*-0.012405954809) q[2];
ry(pi*-0.003906873838) q[3];
ry(pi*0.004073336576) q[4];
ry(pi*0.002048215132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.087907693581) q[0];
ry(pi*0.018256443463) q[1];
ry(pi*0.005596888236) q[2];
ry(pi*-0.018294162471) q[3];
ry(pi*-0.000376497317) q[4];
ry(pi*-0.005692322936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082017499709) q[0];
ry(pi*-0.021315550012) q[1];
ry(pi*-0.02093083012) q[2];
ry(pi*-0.006219092382) q[3];
ry(pi*0.000858634894) q[4];
ry(pi*0.003163029774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094381792735) q[0];
ry(pi*0.042958811551) q[1];
ry(pi*0.033945366642) q[2];
ry(pi*0.040780735373) q[3];
ry(pi*0.011281319102) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
