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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.028513438147) q[0];
ry(pi*0.102541316959) q[1];
ry(pi*0.124661434796) q[2];
ry(pi*-0.10630611723) q[3];
ry(pi*-0.017896287351) q[4];
ry(pi*0.106614272598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.078273725986) q[0];
ry(pi*-0.005308654253) q[1];
ry(pi*0.042031338266) q[2];
ry(pi*-0.085030760984) q[3];
ry(pi*-0.111063277582) q[4];
ry(pi*0.012696950513) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.078277420928) q[0];
ry(pi*-0.118457147086) q[1];
ry(pi*-0.165181712288) q[2];
ry(pi*-0.014767687185) q[3];
ry(pi*-0.046071627577) q[4];
ry(pi*0.188895787577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.105608138301) q[0];
ry(pi*-0.075646498465) q[1];
ry(pi*-0.099196127463) q[2];
ry(pi*-0.184815812022) q[3];
ry(pi*0.048086732596) q[4];
ry(pi*0.02900502204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.128295749994) q[0];
ry(pi*0.190477014315) q[1];
ry(pi*0.107453456201) q[2];
ry(pi*0.096852253186) q[3];
ry(pi*0.12957783342) q[4];
ry(pi*-0.002163825125) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
