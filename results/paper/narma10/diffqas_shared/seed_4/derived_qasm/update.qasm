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
ry(pi*-0.0168846474) q[0];
ry(pi*-0.008374992976) q[1];
ry(pi*-0.009146309282) q[2];
ry(pi*-0.014652351852) q[3];
ry(pi*0.214147091802) q[4];
ry(pi*0.31176629934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019942164981) q[0];
ry(pi*0.500513795921) q[1];
ry(pi*-0.006913722028) q[2];
ry(pi*-0.453482403443) q[3];
ry(pi*0.292516682339) q[4];
ry(pi*0.159090141672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001114061291) q[0];
ry(pi*-0.000191165885) q[1];
ry(pi*-0.019221312034) q[2];
ry(pi*0.01481383958) q[3];
ry(pi*-0.073457019665) q[4];
ry(pi*-0.422238348159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004926326707) q[0];
ry(pi*0.001423266163) q[1];
ry(pi*-0.045479037518) q[2];
ry(pi*-0.015368212595) q[3];
ry(pi*-0.001257240984) q[4];
ry(pi*0.033376962094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021112380343) q[0];
ry(pi*-0.004943880352) q[1];
ry(pi*0.012554971513) q[2];
ry(pi*-0.013443346708) q[3];
ry(pi*0.015345643326) q[4];
ry(pi*-0.004707748795) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
