// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.003254509249) q[0];
rz(pi*0.005818913852) q[1];
rz(pi*-0.005593586385) q[2];
rz(pi*0.005469061127) q[3];
rz(pi*0.000474005605) q[4];
rz(pi*-0.000925830808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005521051199) q[0];
rz(pi*0.004493757249) q[1];
rz(pi*-0.003697173986) q[2];
rz(pi*-0.00133312738) q[3];
rz(pi*0.005162370218) q[4];
rz(pi*-0.003746423682) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001826262888) q[0];
rz(pi*0.002277080867) q[1];
rz(pi*0.000103399993) q[2];
rz(pi*-0.000966660013) q[3];
rz(pi*0.003192287233) q[4];
rz(pi*-6.890283e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00240565325) q[0];
rz(pi*0.002639735898) q[1];
rz(pi*-0.004058161342) q[2];
rz(pi*-0.000793209893) q[3];
rz(pi*0.002036625451) q[4];
rz(pi*-0.003804264475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005258154135) q[0];
rz(pi*0.001728042603) q[1];
rz(pi*0.000431559122) q[2];
rz(pi*-0.002636468435) q[3];
rz(pi*0.001217271704) q[4];
rz(pi*-0.000457923978) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
