// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.022012869637) q[0];
ry(pi*-0.004068657125) q[1];
ry(pi*0.00305623277) q[2];
ry(pi*0.110890739414) q[3];
ry(pi*0.167911302526) q[4];
ry(pi*-0.169847471428) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.116082603362) q[0];
ry(pi*0.154483131645) q[1];
ry(pi*-0.018863401821) q[2];
ry(pi*0.083310359655) q[3];
ry(pi*-0.086528944006) q[4];
ry(pi*-0.026993773232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.14041698315) q[0];
ry(pi*0.113525560778) q[1];
ry(pi*-0.035974810315) q[2];
ry(pi*-0.300361666865) q[3];
ry(pi*0.047447341512) q[4];
ry(pi*-0.267906941577) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.191337637123) q[0];
ry(pi*0.185557380838) q[1];
ry(pi*-0.001071627332) q[2];
ry(pi*0.007480733858) q[3];
ry(pi*-0.108607160529) q[4];
ry(pi*-0.139173585157) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.187319702453) q[0];
ry(pi*0.429862470929) q[1];
ry(pi*0.503967025729) q[2];
ry(pi*0.203354728867) q[3];
ry(pi*0.264003355657) q[4];
ry(pi*0.001319522289) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
