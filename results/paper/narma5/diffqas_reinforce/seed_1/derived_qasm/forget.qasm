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
rx(pi*0.028151703739) q[0];
rx(pi*0.00261337119) q[1];
rx(pi*0.001051809408) q[2];
rx(pi*-0.004146935125) q[3];
rx(pi*0.002881812447) q[4];
rx(pi*0.001420854401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.025335443618) q[0];
rx(pi*0.001848978603) q[1];
rx(pi*0.001159977119) q[2];
rx(pi*0.000937373205) q[3];
rx(pi*9.0448582e-05) q[4];
rx(pi*0.001740242376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024568631561) q[0];
rx(pi*-0.000520966565) q[1];
rx(pi*-0.001534657092) q[2];
rx(pi*0.001907329733) q[3];
rx(pi*0.000126421365) q[4];
rx(pi*-0.000930919655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024488011613) q[0];
rx(pi*-0.000820586086) q[1];
rx(pi*2.5425835e-05) q[2];
rx(pi*-0.000876149705) q[3];
rx(pi*0.004119108922) q[4];
rx(pi*0.003204503015) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.01828118274) q[0];
rx(pi*-0.006014835338) q[1];
rx(pi*-0.000556318834) q[2];
rx(pi*-0.001342733667) q[3];
rx(pi*0.000680030709) q[4];
rx(pi*0.000691757201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
