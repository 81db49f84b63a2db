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
rx(pi*0.07212306949) q[0];
rx(pi*0.076685052444) q[1];
rx(pi*0.000190415443) q[2];
rx(pi*-0.00377948162) q[3];
rx(pi*-0.001843765247) q[4];
rx(pi*-0.000624402242) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.147489625063) q[0];
rx(pi*0.081668496015) q[1];
rx(pi*-0.004427207076) q[2];
rx(pi*-0.002529070529) q[3];
rx(pi*0.002059604561) q[4];
rx(pi*-0.006342296662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.07122913528) q[0];
rx(pi*0.077850244771) q[1];
rx(pi*0.003786869726) q[2];
rx(pi*0.00219451977) q[3];
rx(pi*-0.001041654912) q[4];
rx(pi*-0.001173564867) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143717956658) q[0];
rx(pi*0.082872667852) q[1];
rx(pi*-0.001576939787) q[2];
rx(pi*-0.000966606504) q[3];
rx(pi*0.001122487933) q[4];
rx(pi*-0.000384274402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070848859755) q[0];
rx(pi*0.074613750146) q[1];
rx(pi*-0.000251224266) q[2];
rx(pi*-0.001411921794) q[3];
rx(pi*0.00371199526) q[4];
rx(pi*0.002078877315) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
