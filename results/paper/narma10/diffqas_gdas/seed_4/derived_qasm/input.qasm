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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002647455731) q[0];
rx(pi*0.001211758935) q[1];
rx(pi*0.002301962144) q[2];
rx(pi*-0.000616278683) q[3];
rx(pi*-0.000732626204) q[4];
rx(pi*-0.00089454786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000797201359) q[0];
rx(pi*-0.000644871243) q[1];
rx(pi*-0.001848842681) q[2];
rx(pi*-0.000748188749) q[3];
rx(pi*0.000759496284) q[4];
rx(pi*0.003444310541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001741519331) q[0];
rx(pi*-0.000922113483) q[1];
rx(pi*-0.002355695485) q[2];
rx(pi*-0.000279087229) q[3];
rx(pi*0.002088675998) q[4];
rx(pi*0.003879159693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002174253022) q[0];
rx(pi*-0.001457343145) q[1];
rx(pi*0.002202691244) q[2];
rx(pi*-0.003491320563) q[3];
rx(pi*0.001308211271) q[4];
rx(pi*0.00247882506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002090937609) q[0];
rx(pi*-0.002322850546) q[1];
rx(pi*-0.0038673373) q[2];
rx(pi*-0.007205492057) q[3];
rx(pi*-0.00027149598) q[4];
rx(pi*-0.000884731686) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
