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
ry(pi*-0.11170998266) q[0];
ry(pi*-0.028643946935) q[1];
ry(pi*-0.008781342393) q[2];
ry(pi*0.004333791492) q[3];
ry(pi*0.027469740181) q[4];
ry(pi*0.006705408373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106776584454) q[0];
ry(pi*-0.006036279286) q[1];
ry(pi*0.023633403166) q[2];
ry(pi*-0.02248205383) q[3];
ry(pi*0.011007735638) q[4];
ry(pi*-0.00162413672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.132849882973) q[0];
ry(pi*-0.015439629575) q[1];
ry(pi*0.023526939964) q[2];
ry(pi*0.003907954692) q[3];
ry(pi*-0.009765510398) q[4];
ry(pi*0.005406354418) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107414969982) q[0];
ry(pi*-0.00013996712) q[1];
ry(pi*-0.013596452038) q[2];
ry(pi*0.009439880536) q[3];
ry(pi*-0.002345923482) q[4];
ry(pi*-0.004354587995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.08436005538) q[0];
ry(pi*-0.027910330071) q[1];
ry(pi*-0.020788859421) q[2];
ry(pi*-0.020997490869) q[3];
ry(pi*-0.001634530673) q[4];
ry(pi*0.001255879541) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
