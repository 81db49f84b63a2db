// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.015116293637) q[0];
rz(pi*0.001805046168) q[1];
rz(pi*-7.2890471e-05) q[2];
rz(pi*-0.000186918417) q[3];
rz(pi*-0.042959731729) q[4];
rz(pi*-0.000313318438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011129093632) q[0];
rz(pi*0.023719333112) q[1];
rz(pi*-0.005516295561) q[2];
rz(pi*0.008589971994) q[3];
rz(pi*0.004997341109) q[4];
rz(pi*-0.012201542425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.009576504478) q[0];
rz(pi*0.001435647808) q[1];
rz(pi*-0.025808640547) q[2];
rz(pi*-0.005705250492) q[3];
rz(pi*0.013795305407) q[4];
rz(pi*0.018317674449) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003571159368) q[0];
rz(pi*0.014013628372) q[1];
rz(pi*0.003157102569) q[2];
rz(pi*0.009456586633) q[3];
rz(pi*0.016391575333) q[4];
rz(pi*-0.000307756903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.010650496585) q[0];
rz(pi*0.004211393553) q[1];
rz(pi*0.00932848442) q[2];
rz(pi*0.014232532377) q[3];
rz(pi*0.023200373915) q[4];
rz(pi*-0.000269632519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
