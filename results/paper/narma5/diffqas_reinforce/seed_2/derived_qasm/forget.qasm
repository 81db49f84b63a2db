// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000601775314) q[0];
rz(pi*-0.001663960221) q[1];
rz(pi*-0.001314822384) q[2];
rz(pi*-0.007771432519) q[3];
rz(pi*0.005728645668) q[4];
rz(pi*0.003641992936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001035853327) q[0];
rz(pi*0.002463102433) q[1];
rz(pi*0.000895120896) q[2];
rz(pi*-0.001762873307) q[3];
rz(pi*0.003111693669) q[4];
rz(pi*-0.000988532701) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001046679503) q[0];
rz(pi*-0.002521481726) q[1];
rz(pi*0.001448176195) q[2];
rz(pi*-0.000315757993) q[3];
rz(pi*0.001735707593) q[4];
rz(pi*-0.001932732315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000403704793) q[0];
rz(pi*-0.00284019691) q[1];
rz(pi*0.002678465798) q[2];
rz(pi*0.000598533679) q[3];
rz(pi*0.001052239926) q[4];
rz(pi*0.001306674182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003217341339) q[0];
rz(pi*0.002492942267) q[1];
rz(pi*0.006546688295) q[2];
rz(pi*-0.005215324343) q[3];
rz(pi*-0.005504887604) q[4];
rz(pi*-0.004790027377) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
