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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012908455147) q[0];
ry(pi*0.041158155499) q[1];
ry(pi*-0.010097949697) q[2];
ry(pi*-0.00216033577) q[3];
ry(pi*0.075223055195) q[4];
ry(pi*-0.054218601328) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.083601420577) q[0];
ry(pi*-0.060774273811) q[1];
ry(pi*0.01201902815) q[2];
ry(pi*0.344216034796) q[3];
ry(pi*-0.075616014002) q[4];
ry(pi*-0.026714703086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.050263286211) q[0];
ry(pi*-0.005066812789) q[1];
ry(pi*0.127181319254) q[2];
ry(pi*-0.028079737736) q[3];
ry(pi*-0.007749144284) q[4];
ry(pi*0.067966358657) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.145650274092) q[0];
ry(pi*0.198022532992) q[1];
ry(pi*0.121156931137) q[2];
ry(pi*-0.101022425183) q[3];
ry(pi*0.211310590131) q[4];
ry(pi*-0.061529797084) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092611018761) q[0];
ry(pi*0.142853027036) q[1];
ry(pi*0.149608444607) q[2];
ry(pi*-0.115708308995) q[3];
ry(pi*0.091178528878) q[4];
ry(pi*0.006143309892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
